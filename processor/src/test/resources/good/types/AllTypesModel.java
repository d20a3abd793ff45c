package types;

import io.apimodel.ApiModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One property of every type SPEC §2 supports. */
@ApiModel
public interface AllTypesModel {
  String text();

  boolean flag();

  int count();

  long total();

  double ratio();

  Boolean boxedFlag();

  Integer boxedCount();

  Long boxedTotal();

  Double boxedRatio();

  BigDecimal amount();

  BigInteger huge();

  UUID id();

  OffsetDateTime at();

  LocalDate day();

  Color color();

  Part part();

  List<Map<String, List<Part>>> deep();

  Map<String, Object> extra();

  Object any();
}

package invalid.unions;

import io.apimodel.OneOf;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Pairs of variants that JSON cannot tell apart; Integer beside Long is fine (the first that holds it). */
@OneOf
public interface LookalikesModel {
  String name();

  String label();

  Boolean on();

  Boolean off();

  Double ratio();

  BigDecimal price();

  List<String> tags();

  List<String> aliases();

  Map<String, String> attributes();

  Map<String, String> headers();

  Integer small();

  Long big();

  List<Integer> smalls();

  List<Long> bigs();
}

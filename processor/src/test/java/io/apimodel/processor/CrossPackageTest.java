package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.apimodel.processor.Models.build;
import static io.apimodel.processor.Models.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §2: models that refer to each other's generated classes across packages. */
class CrossPackageTest {

  private static final String ORDER = "good/cycle/a/OrderModel.java";
  private static final String CUSTOMER = "good/cycle/b/CustomerModel.java";

  @TempDir Path classes;

  @Test
  void cycleAcrossPackagesCompilesInEitherOrder() {
    for (Compilation compilation : List.of(Models.compile(ORDER, CUSTOMER), Models.compile(CUSTOMER, ORDER))) {
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation).generatedSourceFile("cycle.a.Order").contentsAsUtf8String()
          .contains("import cycle.b.Customer;");
      assertThat(compilation).generatedSourceFile("cycle.b.Customer").contentsAsUtf8String()
          .contains("public List<Order> orders()");
    }
  }

  @Test
  void cycleValidatesThroughBothClasses() throws ReflectiveOperationException {
    ClassLoader loader = Models.load(Models.compile(ORDER, CUSTOMER), classes);
    Class<?> order = Models.loadClass(loader, "cycle.a.Order");
    Class<?> customer = Models.loadClass(loader, "cycle.b.Customer");

    Object ann = build(customer, "name", "ann");
    Object valid = build(order, "id", "o1", "customer", ann);
    assertEquals(ann, call(valid, "customer"));
    assertEquals(List.of(), call(valid, "validate"));

    // A new Order() has no id; a setter does not look into nested models, validate() does.
    Object noId = order.getConstructor().newInstance();
    call(ann, "setOrders", List.of(build(order, "id", "o2"), noId));
    Object outer = order.getConstructor().newInstance();
    call(outer, "setCustomer", ann);
    assertEquals(
        List.of(
            new Violation("id", "Invalid value for `id`, must not be null", null),
            new Violation("customer.orders[1].id", "Invalid value for `customer.orders[1].id`, must not be null", null)),
        call(outer, "validate"));
  }

  /** Like the sample's TaskModel, which imports AppMessage from prism.v4.error. */
  @Test
  void modelImportsAGeneratedClassOfAnotherPackage() throws ReflectiveOperationException {
    Compilation compilation =
        Models.compile(
            "good/crossref/config/JobModel.java",
            "good/crossref/base/VersionedObject.java",
            "good/crossref/error/AppNoteModel.java");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("crossref.config.Job").contentsAsUtf8String()
        .contains("import crossref.error.AppNote;");

    ClassLoader loader = Models.load(compilation, classes);
    Class<?> job = Models.loadClass(loader, "crossref.config.Job");
    Class<?> note = Models.loadClass(loader, "crossref.error.AppNote");
    Object fresh = job.getConstructor().newInstance();
    assertEquals("config.Job", call(fresh, "objectType"));
    assertEquals(Map.of("$fv", "v4.r0"), call(fresh, "reserved"));
    assertEquals("error.AppNote", call(note.getConstructor().newInstance(), "objectType"));

    Object noCode = note.getConstructor().newInstance();
    Object builder =
        call(Models.builder(job, "name", "j", "lastNote", noCode), "addNotes", build(note, "code", "E1"), noCode);
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> call(builder, "build"));
    assertEquals(
        List.of(
            new Violation("notes[1].code", "Invalid value for `notes[1].code`, must not be null", null),
            new Violation("lastNote.code", "Invalid value for `lastNote.code`, must not be null", null)),
        e.violations());
  }

  /**
   * {@code samename.a.CartModel} imports {@code samename.b.Item}, which shadows the
   * {@code samename.a.Item} of its own package; both are generated in the same build.
   */
  @Test
  void importedGeneratedClassWinsOverOneWithTheSameSimpleNameInTheOwnPackage() throws NoSuchMethodException {
    Compilation compilation =
        Models.compile(
            "good/samename/a/CartModel.java", "good/samename/a/ItemModel.java", "good/samename/b/ItemModel.java");
    assertThat(compilation).succeededWithoutWarnings();

    ClassLoader loader = Models.load(compilation, classes);
    Class<?> cart = Models.loadClass(loader, "samename.a.Cart");
    Class<?> itemA = Models.loadClass(loader, "samename.a.Item");
    Class<?> itemB = Models.loadClass(loader, "samename.b.Item");
    assertSame(itemB, cart.getMethod("first").getReturnType());
    ParameterizedType items = (ParameterizedType) cart.getMethod("items").getGenericReturnType();
    assertSame(itemB, items.getActualTypeArguments()[0]);
    assertSame(itemA, cart.getMethod("local").getReturnType());
  }
}

package io.apimodel.sample.graphs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An object graph with a cycle, which setters can build (a child that points at its parent):
 * validate() reports it instead of overflowing the stack, hashCode()/equals() terminate, toDict()
 * holds the same cycle and toStr() prints what Python's pprint prints for the recursive dict.
 * Expected texts come from CPython 3.11's pprint.pformat on the equivalent dicts, ids aside.
 */
class CyclesTest {

  /** root.children[0].parent is root again. */
  private static Node tree(String rootName, String leafName) {
    Node root = new Node();
    root.setName(rootName);
    Node leaf = new Node();
    leaf.setName(leafName);
    leaf.setParent(root);
    root.setChildren(List.of(leaf));
    return root;
  }

  @Test
  void validateReportsTheBackReferenceOnce() {
    Node root = tree("root", "leaf");
    List<Violation> violations = root.validate();
    assertEquals(1, violations.size(), violations.toString());
    Violation v = violations.get(0);
    assertEquals("children[0].parent", v.path());
    assertEquals("Invalid value for `children[0].parent`, must not refer back to an object that holds it"
        + " (JSON cannot represent a cycle)", v.message());
    assertEquals(Node.class.getName() + "@" + Integer.toHexString(System.identityHashCode(root)), v.invalidValue());

    Node leaf = root.children().get(0);
    assertEquals(List.of("parent.children[0]"), leaf.validate().stream().map(Violation::path).toList());
  }

  @Test
  void aNodeThatIsItsOwnParent() {
    Node self = new Node();
    self.setName("self");
    self.setParent(self);
    assertEquals(List.of("parent"), self.validate().stream().map(Violation::path).toList());
    assertEquals("{'children': None,\n 'name': 'self',\n 'parent': <Recursion on dict with id=ID>}", withoutIds(self.toStr()));
  }

  /** build() copies the root only: the copy's leaf still points at the original root, whose leaf closes the cycle. */
  @Test
  void buildRefusesACycle() {
    Node root = tree("root", "leaf");
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> root.toBuilder().build());
    assertEquals(List.of("children[0].parent.children[0]"), e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void hashCodeAndEqualsTerminate() {
    Node a = tree("root", "leaf");
    Node b = tree("root", "leaf");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, tree("root", "other leaf"));
    assertNotEquals(a, tree("other root", "leaf"));
  }

  @Test
  void toDictHoldsTheSameCycle() {
    Node root = tree("root", "leaf");
    Map<String, Object> dict = root.toDict();
    @SuppressWarnings("unchecked")
    Map<String, Object> leaf = (Map<String, Object>) ((List<?>) dict.get("children")).get(0);
    assertSame(dict, leaf.get("parent"));
    assertEquals("leaf", leaf.get("name"));
  }

  @Test
  void toStrPrintsWhatPprintPrintsForTheRecursiveDict() {
    Node root = tree("root", "leaf");
    assertEquals("{'children': [{'children': None,\n"
        + "               'name': 'leaf',\n"
        + "               'parent': <Recursion on dict with id=ID>}],\n"
        + " 'name': 'root',\n"
        + " 'parent': None}", withoutIds(root.toStr()));
    assertEquals("{'children': None,\n"
        + " 'name': 'leaf',\n"
        + " 'parent': {'children': [<Recursion on dict with id=ID>],\n"
        + "            'name': 'root',\n"
        + "            'parent': None}}", withoutIds(root.children().get(0).toStr()));
    assertEquals(withoutIds(root.toStr()), withoutIds(root.toString()));
  }

  /**
   * JSON has no references, so a cycle cannot be written; Jackson's nesting limit stops the writer
   * with its own error long before the stack runs out (validate() names the back reference).
   */
  @Test
  void writingACycleFailsWithJacksonsNestingLimit() {
    Node root = tree("root", "leaf");
    var e = assertThrows(com.fasterxml.jackson.core.exc.StreamConstraintsException.class,
        () -> new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(root));
    assertTrue(e.getMessage().startsWith("Document nesting depth (1001) exceeds the maximum allowed (1000"), e.getMessage());
    var direct = assertThrows(java.io.UncheckedIOException.class, root::toJson);
    assertTrue(direct.getCause() instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException, direct.toString());
  }

  /** pprint's ids are addresses; ours are identity hash codes. Both vary from run to run. */
  private static String withoutIds(String text) {
    Matcher m = Pattern.compile("<Recursion on (dict|list) with id=(\\d+)>").matcher(text);
    assertTrue(m.find(), text);
    return m.replaceAll("<Recursion on $1 with id=ID>");
  }
}

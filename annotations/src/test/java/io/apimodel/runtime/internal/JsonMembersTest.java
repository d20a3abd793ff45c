package io.apimodel.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimodel.runtime.jackson.Utf8Input;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonMembers#expected}: readers of bytes guess each member from the one before it, learn
 * the order documents use, and still find every member, and only the right one, when the guess is
 * wrong.
 */
class JsonMembersTest {

  private static final String[] NAMES = {"alpha", "beta", "gamma", "delta", "aVeryLongMemberNameIndeed"};

  /** The property of each member of the object {@code json}, as {@link Utf8Input} finds them. */
  private static List<Integer> read(JsonMembers members, String json) throws IOException {
    Utf8Input in = new Utf8Input(json.getBytes(StandardCharsets.UTF_8));
    in.start();
    in.startObject();
    List<Integer> found = new ArrayList<>();
    for (int m = in.nextMember(members); m != JsonInput.END; m = in.nextMember(members)) {
      found.add(m);
      in.integer();
    }
    return found;
  }

  @Test
  void guessesTheNextPropertyUntilADocumentShowsAnotherOrder() throws IOException {
    JsonMembers members = new JsonMembers(NAMES, null);
    assertEquals(List.of(0, 1, 2, 3, 4), List.of(members.expected(-1), members.expected(0),
        members.expected(1), members.expected(2), members.expected(3)));
    assertEquals(5, members.expected(4), "no guess after the last property");

    assertEquals(List.of(1, 3, 4), read(members, "{\"beta\":1,\"delta\":2,\"aVeryLongMemberNameIndeed\":3}"));
    assertEquals(1, members.expected(-1));
    assertEquals(3, members.expected(1));
    assertEquals(4, members.expected(3), "a right guess changes nothing");

    // Read again with the learned guesses, then in property order, which has to unlearn them.
    assertEquals(List.of(1, 3, 4), read(members, "{\"beta\":1,\"delta\":2,\"aVeryLongMemberNameIndeed\":3}"));
    assertEquals(List.of(0, 1, 2, 3, 4), read(members,
        "{\"alpha\":0,\"beta\":1,\"gamma\":2,\"delta\":3,\"aVeryLongMemberNameIndeed\":4}"));
    assertEquals(0, members.expected(-1));
    assertEquals(2, members.expected(1));
  }

  @Test
  void aWrongGuessNeverClaimsAMemberWhoseNameOnlyStartsTheSame() throws IOException {
    JsonMembers members = new JsonMembers(NAMES, null);
    read(members, "{\"beta\":1,\"delta\":2}");
    assertEquals(List.of(JsonInput.UNKNOWN, JsonInput.UNKNOWN, 3, JsonInput.UNKNOWN, 4), read(members,
        "{\"betamax\":1,\"bet\":1,\"delta\":2,\"aVeryLongMemberNameIndeeds\":3,\"aVeryLongMemberNameIndeed\":4}"));
    assertEquals(List.of(1, 3), read(members, "{\"beta\":1,\"delta\":2}"));
  }

  /** Threads that read documents of other orders at once change each other's guesses, never the answers. */
  @Test
  void threadsWithOtherOrdersShareTheGuessesSafely() throws Exception {
    JsonMembers members = new JsonMembers(NAMES, null);
    String[] documents = {
        "{\"alpha\":0,\"beta\":1,\"gamma\":2,\"delta\":3,\"aVeryLongMemberNameIndeed\":4}",
        "{\"aVeryLongMemberNameIndeed\":4,\"delta\":3,\"gamma\":2,\"beta\":1,\"alpha\":0}",
        "{\"gamma\":2,\"alpha\":0,\"extra\":9,\"delta\":3}"};
    List<List<Integer>> expected = List.of(List.of(0, 1, 2, 3, 4), List.of(4, 3, 2, 1, 0),
        List.of(2, 0, JsonInput.UNKNOWN, 3));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int first = t;
        runs.add(pool.submit(() -> {
          int wrong = 0;
          for (int i = 0; i < 20_000; i++) {
            int d = (first + i) % documents.length;
            wrong += read(members, documents[d]).equals(expected.get(d)) ? 0 : 1;
          }
          return wrong;
        }));
      }
      for (java.util.concurrent.Future<Integer> run : runs) {
        assertEquals(0, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void unknownMembersLeaveTheGuessesAlone() throws IOException {
    JsonMembers members = new JsonMembers(NAMES, null);
    assertEquals(List.of(JsonInput.UNKNOWN, 1), read(members, "{\"extra\":1,\"beta\":2}"));
    assertEquals(1, members.expected(-1), "the first known member counts as the first");
  }
}

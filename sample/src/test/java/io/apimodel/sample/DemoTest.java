package io.apimodel.sample;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's demo runs through, and shows what its headings promise. */
class DemoTest {

  private static String out;

  @BeforeAll
  static void runTheDemo() throws IOException {
    PrintStream stdout = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      Demo.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }
    out = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyStepRanAsExpected() {
    assertFalse(out.contains("(unexpected"), out);
    for (int step = 1; step <= 6; step++) {
      assertTrue(out.contains("\n== " + step + ". "), "step " + step + " missing:\n" + out);
    }
  }

  @Test
  void buildReportsBothViolations() {
    assertTrue(
        out.contains("extId = not-a-task-id: Invalid value for `extId`, must match pattern"), out);
    assertTrue(
        out.contains(
            "progressPercentage = 101: Invalid value for `progressPercentage`, must be a value less"
                + " than or equal to `100`"),
        out);
  }

  @Test
  void toBuilderLeavesTheOriginal() {
    assertTrue(out.contains("original: RUNNING, 42%\ncopy:     SUCCEEDED, 100%\n"), out);
  }

  @Test
  void theChangedPrismResponseIsWrittenBack() {
    String step4 = step(4);
    assertTrue(
        step4.contains("\"operationDescription\" : \"Register PC (second attempt)\""), step4);
    assertTrue(step4.contains("\"entitiesAffected\" : [ {"), step4);
    assertFalse(step4.contains("\"completedTime\""), step4);
  }

  @Test
  void theUnknownStatusAndMemberSurviveTheRoundTrip() {
    String written = step(5).substring(step(5).indexOf("written back:"));
    assertTrue(written.contains("\"status\" : \"PAUSED_FOR_APPROVAL\""), written);
    assertTrue(written.contains("\"progressPercentage\" : 50"), written);
    assertTrue(written.contains("\"approvalPolicy\" : {"), written);
    assertTrue(written.contains("\"approvers\" : [ \"admin\", \"ops\" ]"), written);
  }

  @Test
  void theEnvelopesAreBranchedOnByKind() {
    String step6 = step(6);
    assertTrue(step6.contains("get-task-response.json (TASK):\n  task ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95:"
        + " Register PC, SUCCEEDED"), step6);
    assertTrue(step6.contains("get-task-error-response.json (ERROR_RESPONSE):\n  error PRISM-50004"), step6);
    assertTrue(step6.contains("A response of a newer API version (UNKNOWN):\n  data this SDK does not know"), step6);
    assertTrue(step6.contains("written back unchanged: {\"$objectType\":\"prism.v4.config.TaskV2\","
        + "\"extId\":\"ZXJnb24=:d006c6e3-23c7-59d9-a888-f8f20214e468\",\"phases\":[{\"name\":\"prepare\","
        + "\"weight\":0.25}]}"), step6);
  }

  private static String step(int n) {
    int start = out.indexOf("\n== " + n + ". ");
    int end = out.indexOf("\n== " + (n + 1) + ". ");
    return out.substring(start, end < 0 ? out.length() : end);
  }
}

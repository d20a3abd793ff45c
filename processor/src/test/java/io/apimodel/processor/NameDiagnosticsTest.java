package io.apimodel.processor;

import org.junit.jupiter.api.Test;

/**
 * SPEC §2 "Property name", §3 "A property named like a generated member", and the uniqueness of
 * JSON names and toDict() keys. Inputs in src/test/resources/bad/names/.
 */
class NameDiagnosticsTest {

  /** The error sits on the @JsonProperty value that repeats the name. */
  @Test
  void twoPropertiesWithTheSameJsonName() {
    BadInput.compile("bad/names/ContactModel.java")
        .error("[ApiModelJsonName] properties \"name\" and \"label\" both use the JSON name \"name\"; give one another"
            + " @JsonProperty", "@JsonProperty(\"name\")")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void twoPropertiesWithTheSameSnakeCaseDictKey() {
    BadInput.compile("bad/names/VmModel.java")
        .error("[ApiModelDictKey] properties \"vmUuid\" and \"vmUUID\" both use the toDict() key \"vm_uuid\"; set"
            + " @DictKey on one of them", "String vmUUID();")
        .errors(1)
        .nothingGenerated();
  }

  /** Every method is getter style, so the prefixes are stripped, and two methods become "name". */
  @Test
  void getterAndIsPrefixesThatStripToTheSameProperty() {
    BadInput.compile("bad/names/UserModel.java")
        .error("[ApiModelPropertyName] property methods UserModel.getName() and UserModel.isName() differ only by a"
            + " get/is prefix, so both stand for property \"name\"; rename or remove one of them", "Boolean isName();")
        .errors(1)
        .nothingGenerated();
  }

  /**
   * Mixed styles: nothing is stripped, so getName() and name() would be two properties, "getName"
   * and "name". That is never what was meant, and adding one more non-getter method would flip the
   * names, so it is the same error.
   */
  @Test
  void getterAndPlainMethodForTheSameProperty() {
    BadInput.compile("bad/names/PersonModel.java")
        .error("[ApiModelPropertyName] property methods PersonModel.getName() and PersonModel.name() differ only by a"
            + " get/is prefix, so both stand for property \"name\"", "String name();")
        .errors(1)
        .nothingGenerated();
  }

  /** Used to crash inside JavaPoet ("not a valid name: public"). */
  @Test
  void strippedNameThatIsAJavaKeyword() {
    BadInput.compile("bad/names/RepoModel.java")
        .error("[ApiModelPropertyName] property method RepoModel.isPublic() becomes property \"public\" once its get/is"
            + " prefix is stripped, and that is a Java keyword; rename the method", "Boolean isPublic();")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void propertyNamedLikeAGeneratedMember() {
    BadInput.compile("bad/names/CheckModel.java")
        .error("[ApiModelReservedName] property \"validate\" has the name of a generated member (validate()); rename the"
            + " method", "Boolean validate();")
        .errors(1)
        .nothingGenerated();
  }

  /** Object's finalize() returns void: a property of that name would not compile. */
  @Test
  void propertyNamedFinalize() {
    BadInput.compile("bad/names/LegacyModel.java")
        .error("[ApiModelReservedName] property \"finalize\" has the name of a generated member (finalize()); rename the"
            + " method", "String finalize();")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void defaultMethodNamedLikeAGeneratedMember() {
    BadInput.compile("bad/names/ReportModel.java")
        .error("[ApiModelReservedName] method ReportModel.toDict() has the name of a member that the generated class"
            + " declares; rename it", "default Map<String, String> toDict()")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void propertiesThatDifferOnlyInTheCaseOfTheirFirstLetter() {
    BadInput.compile("bad/names/LinkModel.java")
        .error("[ApiModelPropertyName] properties \"url\" and \"Url\" differ only in the case of their first letter, so"
            + " both would get the setter setUrl; rename one of them", "String Url();")
        .errors(1)
        .nothingGenerated();
  }
}

package io.apimodel.sample.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.apimodel.runtime.ApiObject;

/**
 * A plain mapper that does not see the class-level {@code @JsonSerialize}/{@code @JsonDeserialize}
 * of generated classes, so it reads and writes them the way it would if they had been compiled
 * without jackson-databind: through their {@code @JsonCreator} and {@code @JsonValue} methods.
 */
final class AnnotationsOnly {

  private AnnotationsOnly() {}

  static ObjectMapper mapper() {
    return new ObjectMapper().setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
      private static final long serialVersionUID = 1L;

      @Override
      public Object findSerializer(Annotated a) {
        return isModel(a) ? null : super.findSerializer(a);
      }

      @Override
      public Object findDeserializer(Annotated a) {
        return isModel(a) ? null : super.findDeserializer(a);
      }

      private boolean isModel(Annotated a) {
        return ApiObject.class.isAssignableFrom(a.getRawType());
      }
    });
  }
}

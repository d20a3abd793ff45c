package io.apimodel.processor.read;

import io.apimodel.processor.model.UnionSpec;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @OneOf} interface as read: the spec for the writer, and the elements the validator
 * reports on.
 *
 * @param element the interface
 * @param spec what was read
 * @param methods the variant methods by variant name
 */
public record ReadUnion(TypeElement element, UnionSpec spec, Map<String, ExecutableElement> methods) {}

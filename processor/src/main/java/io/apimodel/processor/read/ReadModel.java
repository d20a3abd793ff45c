package io.apimodel.processor.read;

import io.apimodel.processor.model.ModelSpec;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * What the reader made of one interface: the element-free spec for the writers, and the
 * declarations behind each property (by property name) for diagnostics.
 */
public record ReadModel(
    TypeElement element, ModelSpec spec, Map<String, Declaration> declarations) {}

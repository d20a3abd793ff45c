package io.apimodel.processor.diag;

/**
 * Thrown while reading a model that refers to a type that does not exist yet and is not one this
 * processor generates: the model is read again next round, and on the last round the reader
 * reports the type as unknown on the property that uses it.
 */
public final class DeferModel extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DeferModel(String missingType) {
    super(missingType, null, false, false);
  }
}

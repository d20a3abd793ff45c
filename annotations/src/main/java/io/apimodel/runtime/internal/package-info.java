/**
 * What only generated classes call: frozen lists and maps, constraint checks and their messages,
 * compiled patterns, RFC 3339 date-times, and the per-model descriptor that validation,
 * {@code toDict()}, equality and JSON are driven by.
 *
 * <p><b>Not an API.</b> Nothing here is meant to be called by hand, and anything here may change
 * in any release, together with the processor that generates calls to it. Use the generated
 * classes and {@link io.apimodel.runtime.ApiObject} instead.
 */
package io.apimodel.runtime.internal;

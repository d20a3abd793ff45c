/**
 * Python's {@code pprint.pformat} for Java values: what generated {@code toStr()} methods print.
 * {@link io.apimodel.runtime.pprint.PythonRepr#pformat(Object)} is public and may be used on any
 * dict, list or scalar.
 */
package io.apimodel.runtime.pprint;

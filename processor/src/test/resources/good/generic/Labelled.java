package generic;

/** A generic super-interface: its properties are typed by the model's type arguments. */
public interface Labelled<T> {
  T labels();
}

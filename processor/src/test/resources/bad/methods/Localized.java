package invalid.methods;

/** A plain super-interface, in its own file, with a method that cannot be a property. */
public interface Localized {
  String title(String locale);
}

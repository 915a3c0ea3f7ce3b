package org.jointcultivation.rules.internal;

/**
 * Lets this module read the class path, where CEL lives: CEL's jars share packages between them,
 * so they cannot be modules, and a named module reads only what it requires. On the class path
 * (every module unnamed) this does nothing. Called before any class that names a CEL type runs.
 */
final class ClassPathReads {
  private static final boolean DONE = addReads();

  private ClassPathReads() {}

  private static boolean addReads() {
    Module own = ClassPathReads.class.getModule();
    ClassLoader loader = ClassPathReads.class.getClassLoader();
    if (own.isNamed() && loader != null) {
      own.addReads(loader.getUnnamedModule());
    }
    return true;
  }

  /** Makes sure the read edge is there. */
  static void ensure() {
    if (!DONE) {
      throw new IllegalStateException("unreachable: the class initializer sets DONE");
    }
  }
}

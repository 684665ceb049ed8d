package dev.herald.bot.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = HeraldCommand.class.getPackage().getImplementationVersion();
    return new String[] {"herald " + (v == null ? "development" : v)};
  }
}

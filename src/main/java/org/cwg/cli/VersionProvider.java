package org.cwg.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar's manifest. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "cwg " + (version == null ? "(development build)" : version),
      "Java ${java.version} (${java.vendor})"
    };
  }
}

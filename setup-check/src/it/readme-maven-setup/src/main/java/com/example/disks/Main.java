package com.example.disks;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.apimodel.runtime.ModelValidationException;

/** Uses the generated {@code Disk}; verify.groovy checks what it prints. */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws JsonProcessingException {
    Disk disk = Disk.builder().name("boot").sizeGib(40).build();
    System.out.println("toStr: " + disk.toStr());
    System.out.println("toDict: " + disk.toDict());

    try {
      Disk.builder().name("").sizeGib(4096).build();
      System.out.println("build: no violation");
    } catch (ModelValidationException e) {
      System.out.println("build: " + e.getMessage());
    }

    String json = disk.toJson();
    System.out.println("toJson: " + json);
    System.out.println("fromJson equals: " + Disk.fromJson(json).equals(disk));
  }
}

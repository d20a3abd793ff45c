package com.example.disks;

import io.apimodel.runtime.ModelValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Uses the generated {@code Disk} with Jackson 3 only; verify.groovy checks what it prints. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    JsonMapper mapper = JsonMapper.builder().build();
    Disk disk = Disk.builder().name("boot").sizeGib(40).build();

    String json = mapper.writeValueAsString(disk);
    System.out.println("JsonMapper writes: " + json);
    System.out.println("JsonMapper reads equal: " + mapper.readValue(json, Disk.class).equals(disk));
    System.out.println("toJson: " + disk.toJson());
    System.out.println("fromJson equals: " + Disk.fromJson(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).equals(disk));

    try {
      mapper.readValue("{\"name\": \"\", \"sizeGib\": 4096}", Disk.class);
      System.out.println("read: no violation");
    } catch (JacksonException e) {
      System.out.println("read: " + (e instanceof DatabindException ? "DatabindException" : e.getClass().getName()) + " caused by "
          + (e.getCause() instanceof ModelValidationException ? "ModelValidationException" : String.valueOf(e.getCause())));
      System.out.println("message: " + e.getOriginalMessage());
    }
  }
}

package io.apimodel.example.tasks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small Prism-like tasks service: {@code GET /api/prism/v4.0/config/tasks/{extId}} returns the
 * {@code GetTaskApiResponse} envelope, {@code POST /api/prism/v4.0/config/tasks} accepts a
 * {@code Task}. The generated classes go through Boot's own Jackson 3 mapper: nothing registers them.
 */
@SpringBootApplication
public class TasksApplication {

  public static void main(String[] args) {
    SpringApplication.run(TasksApplication.class, args);
  }
}

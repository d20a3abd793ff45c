package io.apimodel.sample.graphs;

import io.apimodel.ApiModel;
import io.apimodel.Required;
import java.util.List;

/** A tree node that refers to its parent: setters can close a cycle. */
@ApiModel
public interface NodeModel {

  /** The node's name. */
  @Required
  String name();

  /** The node this one hangs from. */
  Node parent();

  /** The nodes below this one. */
  List<Node> children();
}

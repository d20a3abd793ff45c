package vmm.v4.config;

/** An enum whose name ends in Model, as in the real API: not a model interface. */
public enum EmulatedNicModel {
  VIRTIO,
  E1000
}

package org.greenlane.core.footprint;

/** Life-cycle stages of ISO 14067 / the GHG Protocol Product Standard. */
public enum LifeCycleStage {
    RAW_MATERIAL_ACQUISITION, PRODUCTION, DISTRIBUTION, USE, END_OF_LIFE
}

package org.pattoo.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the REST resources at {@code /pattoo/api}, as the original pattoo's URLs expect. */
@ApplicationPath("api")
public class ApiApplication extends Application {}

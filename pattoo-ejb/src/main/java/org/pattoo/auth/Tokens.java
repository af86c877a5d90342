package org.pattoo.auth;

import java.time.Instant;

/**
 * What a login or refresh hands out: a short-lived access token for {@code Authorization: Bearer}
 * and a refresh token that gets the next one. Both are shown once; neither is stored in clear.
 *
 * @param passwordExpired the password must be changed before anything but that works
 */
public record Tokens(
    String accessToken,
    Instant accessTokenExpiresAt,
    String refreshToken,
    Instant refreshTokenExpiresAt,
    boolean passwordExpired) {}

package org.greenlane.server.exchange;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The PACT v3 paths ({@code /3/**}) get their own filter chain: bearer tokens only (no session,
 * so no CSRF), the PACT scopes per action, and PACT Error bodies for every refusal. Its matcher
 * does not overlap the authorization server's (order 1) or the API's ({@code /api/**}, order 2),
 * and it comes before the web chain, which matches everything else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PactSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain pact(HttpSecurity http, PactTokens tokens, PactErrors errors) throws Exception {
        http.securityMatcher("/3/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/3/footprints", "/3/footprints/").hasAuthority("SCOPE_footprint:list")
                        .requestMatchers(HttpMethod.GET, "/3/footprints/*").hasAuthority("SCOPE_footprint:read")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(failures -> failures.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}

# The portal as one container, for people who have Docker (nothing in the project depends on it; untested on the
# project's own machines, which have no Docker). Build: docker compose build portal (or docker build -t portal .).
# Stage 1 builds the production jar exactly as ./mvnw -Pproduction package does, with JDK 25 and Node 24.
FROM eclipse-temurin:25-jdk AS build
COPY --from=node:24-bookworm-slim /usr/local/bin/node /usr/local/bin/node
COPY --from=node:24-bookworm-slim /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm && node --version && npm --version
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY package.json package-lock.json ./
COPY src src
RUN ./mvnw -B -Pproduction package -DskipTests && cp target/union-stations-portal-*.jar /portal.jar

# Stage 2: the jar on a JRE, as an unprivileged user. Configuration comes from PORTAL_* variables (README, Deploy).
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 portal
COPY --from=build /portal.jar /opt/portal/portal.jar
USER portal
# 8080: the portal (behind the reverse proxy); 8081: health and metrics, for the orchestrator and Prometheus only
EXPOSE 8080 8081
ENV PORTAL_MANAGEMENT_ADDRESS=0.0.0.0 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/opt/portal/portal.jar"]

/**
 * The sample shop's schema: every entity follows every entitylint convention, and each gets a
 * generated, soft-delete-aware repository.
 */
@GenerateRepository
package dev.entitylint.sample.domain;

import dev.entitylint.GenerateRepository;

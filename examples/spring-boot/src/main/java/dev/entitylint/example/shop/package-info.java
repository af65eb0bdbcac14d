/**
 * The shop's entities. {@code @GenerateRepository} on the package: every entity gets a generated
 * repository ({@code CustomerStore}, {@code ProductStore}, {@code PurchaseOrderStore},
 * {@code OrderLineStore}: see {@code -Aentitylint.repositories.name} in the pom).
 */
@GenerateRepository
package dev.entitylint.example.shop;

import dev.entitylint.GenerateRepository;

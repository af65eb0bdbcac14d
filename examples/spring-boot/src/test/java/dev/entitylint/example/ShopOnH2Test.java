package dev.entitylint.example;

/** The shop on H2 in memory: the application's default configuration. */
class ShopOnH2Test extends ShopTests {
}

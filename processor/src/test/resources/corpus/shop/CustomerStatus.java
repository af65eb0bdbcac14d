package shop;

public enum CustomerStatus { ACTIVE, BLOCKED }

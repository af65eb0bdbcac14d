package shop;

public enum OrderStatus { NEW, PAID, SHIPPED }

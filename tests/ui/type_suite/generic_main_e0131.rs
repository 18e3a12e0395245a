fn main<T>() {}

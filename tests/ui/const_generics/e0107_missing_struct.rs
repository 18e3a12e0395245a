struct W<const N: usize>;

fn take(_w: W) {}

fn main() {}

fn pick<F: Fn(&Vec<i32>) -> &i32>(f: F) -> i32 { let v = vec![3]; *f(&v) }
fn main() { println!("{}", pick(|v| &v[0])); }

// assigning to a struct field while a reference into that field is alive
struct S { name: String }
fn main() {
    let mut s = S { name: String::from("a") };
    let n: &str = &s.name;
    s.name = String::from("b");
    println!("{}", n);
}

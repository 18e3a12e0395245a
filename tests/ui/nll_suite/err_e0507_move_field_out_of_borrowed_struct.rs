// moving a field out of a &-borrowed struct
struct S { name: String }
fn take(s: &S) -> String { s.name }
fn main() {
    println!("{}", take(&S { name: String::from("n") }));
}

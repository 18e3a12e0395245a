// assigning to one field while another field is borrowed
struct S { name: String, age: u32 }
fn main() {
    let mut s = S { name: String::from("a"), age: 1 };
    let n: &str = &s.name;
    s.age = 2;
    println!("{} {}", n, s.age);
}

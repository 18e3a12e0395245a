// using a lifetime that was never declared
fn first(v: &'a [i32]) -> &'a i32 { &v[0] }
fn main() {
    println!("{}", first(&[1]));
}

// a lifetime and a type may share a letter
fn first<'t, T: std::fmt::Debug>(v: &'t [T]) -> &'t T { &v[0] }
fn main() {
    println!("{:?}", first(&[3, 4]));
}

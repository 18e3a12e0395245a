// a &mut self method taking a &mut of the same receiver
struct S { v: Vec<i32> }
impl S { fn merge(&mut self, other: &mut Vec<i32>) { self.v.append(other); } }
fn main() {
    let mut s = S { v: vec![1] };
    s.merge(&mut s.v);
    println!("{:?}", s.v);
}

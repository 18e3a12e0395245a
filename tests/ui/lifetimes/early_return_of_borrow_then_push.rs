// lifetimes: returning a borrow on one path and mutating on the other
fn first_or_insert(v: &mut Vec<i32>) -> &i32 {
    if let Some(x) = v.first() {
        return x;
    }
    v.push(1);
    &v[0]
}
fn main() { let mut v = vec![]; println!("{}", first_or_insert(&mut v)); }

// a loop keeping a borrow from a conditional early return (rejected by NLL)
fn first_even(v: &mut Vec<i32>) -> &mut i32 {
    loop {
        if let Some(x) = v.iter_mut().find(|x| **x % 2 == 0) {
            return x;
        }
        v.push(2);
    }
}
fn main() {
    let mut v = vec![1, 3];
    *first_even(&mut v) += 1;
    println!("{:?}", v);
}

// nll_accepts: a borrow returned on one path does not block mutation on the other path
fn first_even(v: &mut Vec<i32>) -> i32 {
    if let Some(x) = v.iter().find(|x| *x % 2 == 0) {
        return *x;
    }
    v.push(0);
    0
}

fn main() {
    let mut a = vec![1, 3, 4];
    let mut b = vec![1, 3];
    println!("{} {}", first_even(&mut a), first_even(&mut b));
    println!("{:?} {:?}", a, b);
}

// nll_accepts: mutable references taken one after another and handed to a function
fn swap_ends(v: &mut Vec<i32>) {
    let n = v.len();
    v.swap(0, n - 1);
}

fn main() {
    let mut v = vec![1, 2, 3];
    swap_ends(&mut v);
    swap_ends(&mut v);
    swap_ends(&mut v);
    println!("{:?}", v);
}

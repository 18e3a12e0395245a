// a shared borrow created in an argument and used after the call outlives the activation
fn main() {
    let mut v = vec![1];
    let seen: &Vec<i32>;
    v.push({
        seen = &v;
        2
    });
    println!("{:?}", seen);
}

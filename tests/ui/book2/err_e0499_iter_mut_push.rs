// iterators: pushing into a Vec while iterating it mutably
fn main() {
    let mut queue = vec![1, 2, 3];
    for item in queue.iter_mut() {
        *item *= 2;
        if *item > 4 {
            queue.push(*item / 2);
        }
    }
    println!("{:?}", queue);
}

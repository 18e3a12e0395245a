// mutability: calling a &mut self method through a shared reference
fn add_all(list: &Vec<i32>, extra: &[i32]) {
    for x in extra {
        list.push(*x);
    }
}

fn main() {
    let list = vec![1];
    add_all(&list, &[2, 3]);
    println!("{:?}", list);
}

// references: a shared reborrow through a &mut is still used when the &mut pushes
fn main() {
    let mut tasks = vec![String::from("write")];
    let all = &mut tasks;
    let view = &*all;
    all.push(String::from("test"));
    println!("{:?}", view);
}

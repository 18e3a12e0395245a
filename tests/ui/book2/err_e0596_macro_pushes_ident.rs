// macros: a macro body calls a &mut method on an ident argument bound without mut
macro_rules! add_default {
    ($target:ident) => {
        $target.push(String::from("default"));
    };
}

fn main() {
    let names: Vec<String> = Vec::new();
    add_default!(names);
    println!("{:?}", names);
}

// an employee directory grouped by department in a BTreeMap with raises and head counts
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Employee {
    name: String,
    dept: String,
    salary: u32,
    manager: Option<String>,
}

fn emp(name: &str, dept: &str, salary: u32, manager: Option<&str>) -> Employee {
    Employee { name: name.into(), dept: dept.into(), salary, manager: manager.map(String::from) }
}

fn main() {
    let staff = vec![
        emp("ruth", "eng", 120, None),
        emp("sam", "eng", 95, Some("ruth")),
        emp("tia", "ops", 70, None),
        emp("uma", "eng", 101, Some("ruth")),
        emp("vik", "ops", 66, Some("tia")),
        emp("wes", "sales", 80, None),
    ];
    let mut by_dept: BTreeMap<&str, Vec<&Employee>> = BTreeMap::new();
    for e in &staff {
        by_dept.entry(e.dept.as_str()).or_default().push(e);
    }
    for (dept, people) in &by_dept {
        let payroll: u32 = people.iter().map(|e| e.salary).sum();
        let names: Vec<&str> = people.iter().map(|e| e.name.as_str()).collect();
        println!("{:<5} {} people, payroll {}: {}", dept, people.len(), payroll, names.join(", "));
    }
    let mut reports: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for e in &staff {
        if let Some(m) = &e.manager {
            reports.entry(m.clone()).or_default().push(e.name.clone());
        }
    }
    println!("reports {:?}", reports);
    let mut raised = staff.clone();
    for e in raised.iter_mut().filter(|e| e.dept == "ops") {
        e.salary += e.salary / 10;
    }
    let top = raised.iter().max_by_key(|e| e.salary).unwrap();
    println!("top earner {} {}", top.name, top.salary);
    println!("ops after raise {:?}", raised.iter().filter(|e| e.dept == "ops").map(|e| e.salary).collect::<Vec<_>>());
}
